using AngleSharp.Html.Dom;

namespace Pelhrimov.Tests.Infrastructure;

/// <summary>A form as the page rendered it: where it posts and the fields a browser would send.</summary>
public sealed record HtmlForm(Uri Action, string Method, bool IsMultipart, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string? Token => Fields.FirstOrDefault(f => f.Key == AntiforgeryForm.TokenField).Value;

    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;

    public static HtmlForm From(IHtmlFormElement form, Uri pageUri)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? new Uri(pageUri, a) : pageUri;
        var method = form.GetAttribute("method")?.ToUpperInvariant() is { Length: > 0 } m ? m : "GET";
        var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
        return new HtmlForm(action, method, multipart, SuccessfulControls(form).ToList());
    }

    /// <summary>Sends the fields, with <paramref name="values"/> replacing same-named ones (null removes the field).</summary>
    /// <param name="files">Files for the form's file inputs; the form is then sent as multipart/form-data.</param>
    public Task<HttpResponseMessage> SubmitAsync(
        HttpClient client,
        IReadOnlyDictionary<string, string?>? values = null,
        IReadOnlyList<FormFile>? files = null,
        CancellationToken cancellationToken = default)
    {
        values ??= new Dictionary<string, string?>();
        var fields = Fields.Where(f => !values.ContainsKey(f.Key))
            .Concat(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)))
            .ToList();

        if (Method == "GET")
        {
            var query = string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
            return client.GetAsync(new UriBuilder(Action) { Query = query }.Uri, cancellationToken);
        }
        HttpContent content;
        if (IsMultipart || files is { Count: > 0 })
        {
            var multipart = new MultipartFormDataContent();
            fields.ForEach(f => multipart.Add(new StringContent(f.Value), f.Key));
            foreach (var file in files ?? [])
            {
                var part = new ByteArrayContent(file.Content);
                part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
                multipart.Add(part, file.Field, file.FileName);
            }
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(fields);
        }
        return client.PostAsync(Action, content, cancellationToken);
    }

    // The "successful controls" of HTML's form submission algorithm, without buttons and files.
    private static IEnumerable<KeyValuePair<string, string>> SuccessfulControls(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { IsDisabled: false } input when input.Name is { Length: > 0 } name:
                    var type = input.Type.ToLowerInvariant();
                    if (type is "submit" or "button" or "image" or "reset" or "file")
                    {
                        continue;
                    }
                    if (type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }
                    yield return new(name, type is "checkbox" or "radio" && !input.HasAttribute("value") ? "on" : input.Value);
                    break;
                case IHtmlTextAreaElement { IsDisabled: false } textArea when textArea.Name is { Length: > 0 } name:
                    yield return new(name, textArea.Value);
                    break;
                case IHtmlSelectElement { IsDisabled: false } select when select.Name is { Length: > 0 } name:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        selected.Add(select.Options[0]!);
                    }
                    foreach (var option in selected)
                    {
                        yield return new(name, option.Value);
                    }
                    break;
            }
        }
    }
}

/// <summary>A file chosen in a form's file input.</summary>
public sealed record FormFile(string Field, string FileName, byte[] Content, string ContentType = "application/octet-stream");
