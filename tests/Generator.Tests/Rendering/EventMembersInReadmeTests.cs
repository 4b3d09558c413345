using Generator.Tests.Support;

namespace Generator.Tests.Rendering;

/// <summary>Every member the <c>event</c> object offers a theme is listed in the README's row for it.</summary>
public class EventMembersInReadmeTests
{
    [Fact]
    public void Every_member_of_event_is_in_the_READMEs_table_of_template_objects()
    {
        using var site = TestSite.CopyOfRealReport();
        site.Edit("theme/layouts/event.html", "<article", "<p class=\"members\">{{ event | object.keys | array.join \",\" }}</p>\n<article");
        site.BuildSuccessfully();
        var members = site.Page("2022/03/russische-inval-in-oekraine/index.html").QuerySelector(".members")!.TextContent.Split(',');
        Assert.Contains("address", members);

        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var row = readme.Split('\n').Single(line => line.StartsWith("| `event` | `event.html` |", StringComparison.Ordinal));
        Assert.All(members, member => Assert.Contains($"`{member}`", row, StringComparison.Ordinal));
    }
}
