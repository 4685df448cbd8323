using Pelhrimov.Core.Html;

namespace Pelhrimov.Forms.Filling;

/// <summary>
/// Links in rich text to <c>/formulare/…</c>: the catalogue and the forms that exist stay links; a link to a form that
/// does not (yet) exist is shown as plain text instead of leading to a 404.
/// </summary>
public sealed class FormLinks(LiveForms forms) : IServedPathFilter
{
    public string Prefix => FormPaths.Catalogue + "/";

    public bool Serves(string path)
    {
        var rest = path[Math.Min(path.Length, Prefix.Length)..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var slug = end < 0 ? rest : rest[..end];
        return slug.Length == 0 || forms.HasSlug(slug);
    }
}
