using Generator.Diagnostics;
using Generator.Reading;
using Generator.Tests.Support;

namespace Generator.Tests.Reading;

/// <summary>
/// A base URL is published as written (a '/' added at the end): anything the generator would otherwise change or copy
/// into every page (a password, spaces, a query, an upper-case or non-ASCII host…) is refused with what to write instead.
/// </summary>
public class BaseUrlTests
{
    [Theory]
    [InlineData("https://example.org/jaarverslag/", "https://example.org/jaarverslag/")]
    [InlineData("https://example.org/jaarverslag", "https://example.org/jaarverslag/")]
    [InlineData("http://example.org", "http://example.org/")]
    [InlineData("https://example.org:8443/a/", "https://example.org:8443/a/")]
    [InlineData("https://xn--bcher-kva.nl/", "https://xn--bcher-kva.nl/")]
    [InlineData("https://example.org/jaar%20verslag/", "https://example.org/jaar%20verslag/")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/")]
    [InlineData("https://ex.org/v1.2/", "https://ex.org/v1.2/")]
    public void An_address_as_it_is_published_is_taken_as_written(string text, string address)
    {
        Assert.Equal(address, BaseUrl.TryNormalise(text, out var problem));
        Assert.Equal("", problem);
    }

    [Theory]
    [InlineData("https://user:geheim@ex.org/", "remove 'user:password@'. Published pages must not carry a password")]
    [InlineData("https://user@ex.org/", "remove 'user:password@'")]
    [InlineData("https://:geheim@ex.org/", "remove 'user:password@'")]
    [InlineData("https://@ex.org/", "remove 'user:password@'")]
    [InlineData(" a b/", "holds a space at character 1")]
    [InlineData("https://ex.org/a b/", "holds a space at character 17")]
    [InlineData("https://ex.org/ ", "holds a space at character 16")]
    [InlineData("https://ex.org/\t", "holds white space (U+0009) at character 16")]
    [InlineData("https://ex.org/\u00A0", "holds white space (U+00A0) at character 16")]
    [InlineData("https://ex.org/\u0001", "holds a control character (U+0001) at character 16")]
    [InlineData("https://ex.org/\n", "holds white space (U+000A) at character 16")]
    [InlineData("https://ex.org/?x", "holds a query ('?…')")]
    [InlineData("https://ex.org/sub/index.html", "ends in 'index.html', which looks like a page, not the folder the site is published in: write the folder, like 'https://ex.org/sub/'")]
    [InlineData("https://ex.org/v1.2", "end the address with '/' if 'v1.2' is the folder's name")]
    [InlineData("https://ex.org/?", "holds a query ('?…')")]
    [InlineData("https://ex.org/#y", "holds a fragment ('#…')")]
    [InlineData("https://ex.org/#", "holds a fragment ('#…')")]
    [InlineData("ftp://ex.org/", "must be an absolute http or https address")]
    [InlineData("file:///srv/site/", "must be an absolute http or https address")]
    [InlineData("/srv/site/", "must be an absolute http or https address")]
    [InlineData("javascript:alert(1)", "must be an absolute http or https address")]
    [InlineData("mailto:a@ex.org", "must be an absolute http or https address")]
    [InlineData("https:ex.org/", "must be an absolute http or https address")]
    [InlineData("ex.org", "must be an absolute http or https address")]
    [InlineData("https://bücher.nl/", "published in its ASCII form (punycode): write it so, as 'https://xn--bcher-kva.nl/'")]
    [InlineData("https://BÜCHER.nl/a/", "as 'https://xn--bcher-kva.nl/a/'")]
    [InlineData("HTTPS://Example.ORG/", "would be published as 'https://example.org/'")]
    [InlineData("https://ex.org:443/", "would be published as 'https://ex.org/'")]
    [InlineData("https://ex.org/a/../b/", "would be published as 'https://ex.org/b/'")]
    [InlineData("https://ex.org/jaarverslag-ë/", "would be published as 'https://ex.org/jaarverslag-%C3%AB/'")]
    [InlineData("https://ex.org\\a\\", "must be an absolute http or https address")]
    public void An_address_the_generator_would_change_or_must_not_publish_is_refused_with_what_to_write(string text, string words)
    {
        Assert.Null(BaseUrl.TryNormalise(text, out var problem));
        Assert.Contains(words, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_in_site_yml_is_refused_at_its_line_and_reaches_no_page()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("input/site.yml", "language: nl", "language: nl\nbase_url: https://user:geheim@ex.org/");
        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/site.yml(6,11): error RPT403: The base URL holds a user name or password before the host", result.Output + result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output) && Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("geheim", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_password_in_the_option_is_a_usage_error_and_builds_nothing()
    {
        using var site = TestSite.CopyOfRealReport();
        var result = site.Run("build", "--base-url", "https://user:geheim@ex.org/");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--base-url holds a user name or password", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
