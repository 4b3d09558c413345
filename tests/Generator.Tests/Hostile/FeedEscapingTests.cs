using System.Text.Json;
using System.Xml.Linq;
using Generator.Tests.Support;

namespace Generator.Tests.Hostile;

/// <summary>A title with markup characters reaches feed.xml and events.json as exactly that text, never as markup.</summary>
public class FeedEscapingTests
{
    private const string Title = "A & B <b>vet</b> \"x\" 'y' ]]> &amp; <!-- c -->";

    [Fact]
    public void An_event_title_is_escaped_in_the_feed_and_the_json()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Write("input/2022/events/2022-08-01-test.md", $"---\ntitle: '{Title.Replace("'", "''", StringComparison.Ordinal)}'\ndate: 2022-08-01\n---\nTekst.\n");
        site.BuildSuccessfully();

        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var feed = XDocument.Parse(site.Read("output/feed.xml"));
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == Title);
        Assert.Empty(entry.Element(atom + "title")!.Elements());
        Assert.Empty(entry.Element(atom + "title")!.Nodes().OfType<XComment>());

        using var json = JsonDocument.Parse(site.Read("output/events.json"));
        Assert.Contains(json.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("title").GetString() == Title);

        var page = site.Page("2022/08/a-b-b-vet-b-x-y-amp-c/index.html");
        Assert.Equal(Title, page.QuerySelector("main h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main h1 b"));
    }
}
