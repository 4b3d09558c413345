using Generator.Serving;

namespace Generator.Tests.Serving;

public class SitePathTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/index.html", "index.html")]
    [InlineData("/2022/01/x/", "2022/01/x/")]
    [InlineData("/assets/style.css", "assets/style.css")]
    public void Site_paths_are_kept(string request, string expected) => Assert.Equal(expected, SitePath.FromRequest(request));

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/a/./b")]
    [InlineData("/%2e%2e/x")]
    [InlineData("/%252e%252e/x")]
    [InlineData("/a\\..\\b")]
    [InlineData("/C:/Windows")]
    [InlineData("//host/share")]
    [InlineData("/a%00b")]
    public void Paths_that_try_to_leave_the_site_are_refused(string request) => Assert.Null(SitePath.FromRequest(request));
}
