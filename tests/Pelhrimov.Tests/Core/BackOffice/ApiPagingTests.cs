using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Pelhrimov.Core.BackOffice;

namespace Pelhrimov.Tests.Core.BackOffice;

public sealed class ApiPagingTests
{
    private static readonly string[] Keys = ["A-1", "A-2", "B-1"];

    [Fact]
    public void Without_a_cursor_the_first_page_of_the_default_size_is_asked_for()
    {
        var errors = new Dictionary<string, string[]>();
        var page = ApiPaging.Read(null, null, 100, 1000, _ => true, errors);
        Assert.Empty(errors);
        Assert.Equal(new PageRequest(100, null), page);
    }

    [Fact]
    public void The_next_cursor_comes_back_as_the_last_key_of_the_page_and_is_null_on_the_last_page()
    {
        var first = new PageRequest(2, null);
        var cursor = ApiPaging.NextCursor(Keys, first, k => k);
        Assert.NotNull(cursor);
        var errors = new Dictionary<string, string[]>();
        Assert.Equal("A-2", ApiPaging.Read("2", cursor, 100, 1000, _ => true, errors).After);
        Assert.Empty(errors);
        Assert.Null(ApiPaging.NextCursor(Keys, new PageRequest(3, null), k => k));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-5")]
    [InlineData("deset")]
    public void A_limit_out_of_range_is_named_in_Czech(string limit)
    {
        var errors = new Dictionary<string, string[]>();
        ApiPaging.Read(limit, null, 100, 1000, _ => true, errors);
        Assert.Contains("od 1 do 1000", Assert.Single(errors["limit"]));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("_w")] // one byte 0xFF: not UTF-8
    public void A_cursor_that_is_not_one_of_ours_is_named_and_not_used(string cursor)
    {
        var errors = new Dictionary<string, string[]>();
        var page = ApiPaging.Read(null, cursor, 100, 1000, _ => true, errors);
        Assert.Null(page.After);
        Assert.Contains("nextCursor", Assert.Single(errors["cursor"]));
    }

    [Fact]
    public void A_well_formed_cursor_with_a_key_the_list_cannot_have_is_refused()
    {
        var errors = new Dictionary<string, string[]>();
        var forged = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("12; DROP TABLE x"));
        ApiPaging.Read(null, forged, 100, 1000, ApiPaging.IsNumber, errors);
        Assert.True(errors.ContainsKey("cursor"));
    }

    [Fact]
    public void A_numeric_key_round_trips()
    {
        var cursor = ApiPaging.NextCursor([5L, 9L, 12L], new PageRequest(2, null), id => ApiPaging.Key(id));
        var page = ApiPaging.Read(null, cursor, 100, 1000, ApiPaging.IsNumber, new Dictionary<string, string[]>());
        Assert.Equal(9, page.AfterNumber);
    }
}
