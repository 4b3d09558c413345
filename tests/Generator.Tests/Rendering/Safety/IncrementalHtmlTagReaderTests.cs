using Generator.Checking;
using Generator.Rendering.Safety;

namespace Generator.Tests.Rendering.Safety;

/// <summary>
/// A page is scanned while it is written, in the pieces the templates write: whatever the pieces, the tags read (names,
/// attributes, offsets, in markup or not, closed or not) are those of the whole page read at once.
/// </summary>
public class IncrementalHtmlTagReaderTests
{
    public static TheoryData<string> Snippets => HtmlTagReaderTests.Snippets;

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Every_split_into_two_pieces_reads_the_same_tags_as_the_whole(string html)
    {
        var whole = Describe(HtmlTagReader.ReadAll(html));
        for (var cut = 0; cut <= html.Length; cut++)
        {
            Assert.Equal(whole, Describe(ReadInPieces(html, [cut])));
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void One_character_at_a_time_and_random_pieces_read_the_same_tags_as_the_whole(string html)
    {
        var whole = Describe(HtmlTagReader.ReadAll(html));
        Assert.Equal(whole, Describe(ReadInPieces(html, [.. Enumerable.Range(1, html.Length)])));
        var random = new Random(html.Length);
        for (var run = 0; run < 50; run++)
        {
            var cuts = Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(0, html.Length + 1)).Order().ToList();
            Assert.Equal(whole, Describe(ReadInPieces(html, cuts)));
        }
    }

    [Fact]
    public void A_long_page_written_in_pieces_gives_the_links_and_problems_of_the_whole_page()
    {
        // Pieces that end inside tags, comments, raw text and CDATA, many times over, as a report page of many events is written.
        var html = string.Concat(Enumerable.Range(0, 400).Select(i =>
            $"<section id=\"m{i % 37}\"><a href=\"e{i}.html\">x</a><!-- <a href=c{i}> --><script>'<a href=s{i}>'</script>"
            + $"<svg><![CDATA[<a href=d{i}>]]><a href=\"v{i}\"/></svg><p title='<i style=c>' onclick=x>&amp;</p><img src=\"i{i}.png\" alt=\"a > b\"></section>\n"));
        var whole = HtmlLinkScanner.Scan(html);

        using var text = new StringWriter();
        var writer = HtmlLinkScanner.Writer(text);
        var random = new Random(11);
        for (var at = 0; at < html.Length;)
        {
            var length = Math.Min(html.Length - at, random.Next(1, 40));
            writer.Write(html.AsSpan(at, length));
            at += length;
        }

        var pieces = writer.Complete();
        Assert.Equal(html, text.ToString());
        Assert.Equal(whole.Addresses, pieces.Addresses);
        Assert.Equal(whole.Ids.Order(StringComparer.Ordinal), pieces.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(whole.DuplicateIds, pieces.DuplicateIds);
        Assert.Equal(whole.Unsafe, pieces.Unsafe);
        Assert.Equal(37, pieces.DuplicateIds.Count);
        Assert.Equal(800, pieces.Unsafe.Count(p => p.What.Contains("script", StringComparison.Ordinal) || p.What.Contains("onclick", StringComparison.Ordinal)));
    }

    private static List<HtmlTag> ReadInPieces(string html, IReadOnlyList<int> cuts)
    {
        var tags = new List<HtmlTag>();
        var reader = new IncrementalHtmlTagReader(tags.Add);
        var from = 0;
        foreach (var cut in cuts.Append(html.Length))
        {
            reader.Write(html.AsSpan(from, Math.Max(0, cut - from)));
            from = Math.Max(from, cut);
        }

        reader.Complete();
        return tags;
    }

    private static List<string> Describe(IEnumerable<HtmlTag> tags) =>
        [.. tags.Select(t => $"{t.Offset}-{t.End} {t.Name} {t.InMarkup} {t.Closed} {t.SelfClosing} [{string.Join("|", t.Attributes.Select(a => a.Name + "=" + a.RawValue))}]")];
}
