namespace Pelhrimov.BrowserTests;

/// <summary>
/// Checks the DOM as scripts left it (not only the HTML the server sent) for the HTML conformance errors the Nu
/// checker reports and axe does not: duplicate ids, references to missing ids, ARIA roles and attributes that
/// ARIA in HTML does not allow on the element, a required select without an empty first option.
/// </summary>
public static class DomAssert
{
    public static async Task ConformsAsync(IPage page)
    {
        var problems = await ProblemsAsync(page);
        Assert.True(problems.Length == 0, $"{problems.Length} HTML conformance problem(s) on {page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>Every problem found in the page's current DOM, one line each.</summary>
    public static Task<string[]> ProblemsAsync(IPage page) => page.EvaluateAsync<string[]>(Script);

    // ARIA in HTML (https://www.w3.org/TR/html-aria/): the implicit role of the elements the site uses and the roles an
    // author may give them; aria-expanded only on the roles that support it (WAI-ARIA 1.2).
    private const string Script = """
        () => {
          const problems = [];
          const describe = el => el.outerHTML.slice(0, 160);
          const ids = new Map();
          for (const el of document.querySelectorAll('[id]')) {
            ids.set(el.id, (ids.get(el.id) || 0) + 1);
          }
          for (const [id, count] of ids) {
            if (count > 1) problems.push(`duplicate id "${id}" (${count}×)`);
          }
          for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns']) {
            for (const el of document.querySelectorAll(`[${attr}]`)) {
              for (const ref of el.getAttribute(attr).split(/\s+/).filter(Boolean)) {
                if (!document.getElementById(ref)) problems.push(`${attr} points to missing id "${ref}": ${describe(el)}`);
              }
            }
          }
          for (const label of document.querySelectorAll('label[for]')) {
            if (!document.getElementById(label.htmlFor)) problems.push(`label for missing id "${label.htmlFor}": ${describe(label)}`);
          }
          const textLike = ['text', 'email', 'tel', 'url'];
          const inputRoles = input => {
            const type = (input.getAttribute('type') || 'text').toLowerCase();
            const hasList = input.hasAttribute('list');
            if (type === 'search') return hasList ? { implicit: 'combobox', allowed: [] } : { implicit: 'searchbox', allowed: [] };
            if (textLike.includes(type)) return hasList ? { implicit: 'combobox', allowed: [] } : { implicit: 'textbox', allowed: ['combobox', 'searchbox', 'spinbutton'] };
            if (type === 'checkbox') return { implicit: 'checkbox', allowed: ['button', 'menuitemcheckbox', 'option', 'switch'] };
            if (type === 'radio') return { implicit: 'radio', allowed: ['menuitemradio'] };
            if (['button', 'submit', 'reset', 'image'].includes(type)) return { implicit: 'button', allowed: ['checkbox', 'combobox', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'switch', 'tab'] };
            return { implicit: null, allowed: [] };
          };
          const expandable = ['application', 'button', 'checkbox', 'combobox', 'gridcell', 'link', 'listbox', 'menuitem',
            'menuitemcheckbox', 'menuitemradio', 'row', 'rowheader', 'columnheader', 'switch', 'tab', 'treeitem'];
          for (const input of document.querySelectorAll('input:not([type=hidden])')) {
            const { implicit, allowed } = inputRoles(input);
            const role = input.getAttribute('role');
            const roleAllowed = !role || role === implicit || allowed.includes(role);
            if (!roleAllowed) problems.push(`role="${role}" is not allowed on ${describe(input)}`);
            // A role the element may not take is ignored, as the checker does: the implicit role decides what else is allowed.
            const effective = roleAllowed && role ? role : implicit;
            if (input.hasAttribute('aria-expanded') && !expandable.includes(effective)) {
              problems.push(`aria-expanded is not allowed on role ${effective}: ${describe(input)}`);
            }
          }
          for (const select of document.querySelectorAll('select[required]:not([multiple])')) {
            if (select.size > 1) continue;
            const first = select.options[0];
            const placeholder = first && first.parentElement === select && first.value === '';
            if (!placeholder) problems.push(`required select without an empty first option: ${describe(select)}`);
          }
          return problems;
        }
        """;
}
