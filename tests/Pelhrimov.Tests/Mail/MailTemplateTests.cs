using Pelhrimov.Core.Mail;
using Pelhrimov.Core.Texts;

namespace Pelhrimov.Tests.Mail;

/// <summary>The template syntax and the HTML alternative made from a plain-text e-mail.</summary>
public sealed class MailTemplateTests
{
    [Fact]
    public void Fields_are_filled_and_an_unknown_one_stays_visible()
    {
        var text = TextTemplate.Render("Portál {{official_name_genitive}}: {{ link }} ({{ neznamé }}{{ nic }})",
            new Dictionary<string, string> { ["official_name_genitive"] = "města Humpolce", ["link"] = "https://humpolec.example/" });

        Assert.Equal("Portál města Humpolce: https://humpolec.example/ ({{ neznamé }}{{ nic }})", text);
    }

    [Fact]
    public void The_html_alternative_escapes_markup_and_links_addresses()
    {
        var html = MailTextHtml.From("Dobrý den,\n\n<script>alert(1)</script> & spol.\nOdkaz: https://mesto.example/a?b=1&c=2\n\nMěsto");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<a href=\"https://mesto.example/a?b=1&amp;c=2\">", html);
        Assert.Equal(3, html.Split("<p>").Length - 1);
        Assert.Contains("Dobrý den,", html);
        Assert.Contains("<br>", html);
    }

    [Fact]
    public void A_subject_on_two_lines_and_a_missing_link_are_refused()
    {
        var template = new MailTemplate("test", "Test", "Předmět", "{{ link }}", [new(MailTemplateFields.Link, "odkaz", Required: true)]);

        var errors = template.Validate("První\nDruhý", "Bez odkazu, ale {{ official_name }}.").ToList();

        Assert.Equal(["Subject", "Body"], errors.Select(e => e.Key));
        Assert.Empty(template.Validate("Předmět", "Odkaz: {{ link }}, {{ in_the_town }}"));
    }
}
