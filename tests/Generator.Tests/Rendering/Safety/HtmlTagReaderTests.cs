using AngleSharp.Html.Parser;
using Generator.Checking;
using Generator.Rendering.Safety;

namespace Generator.Tests.Rendering.Safety;

/// <summary>
/// The one tag reader that the safety check and the link check share. What the link check finds must be what a full
/// HTML parser (AngleSharp, as a browser parses, with scripting on) finds; the safety check reads every tag, also those
/// a browser reads as text.
/// </summary>
public class HtmlTagReaderTests
{
    public static TheoryData<string> Snippets { get; } = new(
        // attributes with and without quotes, spaces around '=', '>' inside quoted values
        "<a href=a.html id=x>1</a><a href='b.html'>2</a><a href=\"c.html\">3</a><a href = \"d.html\" >4</a>",
        "<img alt=\"a > b\" src=e.png><a title='>' href=f>x</a><a title=\"'\" href='g'>y</a>",
        // comments, also the short ones and one closed by --!>
        "<!-- <a href=h1> --><a href=h2>x</a><!--> <a href=h3>y</a><!---> <a href=h4>z</a>",
        "<!-- x --!> <a href=i1>x</a> <!-- <a href=i2> -- > still --> <a href=i3>y</a><!-- <a id=i4>",
        // CDATA: a bogus comment in HTML (up to the first '>'), a CDATA section in SVG
        "<p><![CDATA[ <a href=j1> ]]> <a href=j2>x</a></p>",
        "<svg><![CDATA[ <a href=j3> ]]><a href=j4>x</a></svg><a href=j5>y</a>",
        // raw text of script, style and the like; in SVG a <style> is an element like any other
        "<script>document.write('<a href=k1>')</script><a href=k2>x</a><STYLE>p{} <a href=k3></style ><a href=k4>y</a>",
        "<textarea><a href=l1></textarea><title><a id=l2></title><xmp><a href=l3></xmp><iframe><a href=l4></iframe><a id=l5></a>",
        "<noscript><a href=l6></noscript><noembed><a href=l7></noembed><noframes><a href=l8></noframes><a href=l9>x</a>",
        "<svg><style><a href=m1>x</a></style><title><a href=m2>y</a></title></svg><style><a href=m3></style>",
        "<script></scripty><a href=m4></script ><a href=m5>x</a><script>a</SCRIPT/><a href=m6>y</a>",
        "<p>a < b <a href=m7>x</a> c<d</p>",
        // upper-case names, entity-encoded values, repeated attributes
        "<A HREF=N1 ID=N2>x</A><IMG SRC='n3.png'>",
        "<a href=\"x.html?a=1&amp;b=2\" id=\"&#x41;&#66;\">x</a><a href='&#x2F;y&#47;z'>y</a><a href=\"q&lt;&gt;&quot;\">z</a>",
        "<a href=o1 href=o2 id=o3 id=o4>x</a><img src=o5 src=o6>",
        // self-closing, and '/' that belongs to an unquoted value
        "<a href=p1/>x</a><img src=p2 /><img/src=p3/><svg><a href=p4/><circle/></svg><br/><a href=\"p5\"/>y",
        "<svg/><a href=p6>x</a><math><mi>1</mi></math><a href=p7>y</a>",
        // end tags with quoted values, doctype, processing instructions, an end tag that is no tag
        "<!DOCTYPE html><p>x</p title=\">\" a='<a href=q1>'><a href=q2>y</a><?xml <a href=q3>?><a href=q4>z</a></ <a href=q5>><a href=q6>w</a>",
        "<a href=q7>x</a></><a href=q8>y</a>",
        // a tag the HTML ends inside is dropped
        "<a href=r1>x</a><a href=r2 title=\"never closed",
        "<p>x</p><plaintext><a href=r3>");

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_link_check_finds_what_a_full_HTML_parser_finds(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument(html);
        var links = HtmlLinkScanner.Scan(html);
        Assert.Equal(document.QuerySelectorAll("[id]").Select(e => e.Id!).Distinct().Order(StringComparer.Ordinal), links.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(
            document.QuerySelectorAll("[href], [src]").SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }.OfType<string>()),
            links.Addresses);
    }

    [Fact]
    public void Reads_names_and_raw_values_as_a_browser_does()
    {
        var tags = HtmlTagReader.ReadAll("<IMG/SRC=x/onError=y><a =href=z title='>'/><svg a=b/>").ToList();
        Assert.Equal(["img", "a", "svg"], tags.Select(t => t.Name));
        Assert.Equal([new AttributeValue("src", "x/onError=y")], tags[0].Attributes);
        Assert.Equal([new AttributeValue("=href", "z"), new AttributeValue("title", ">")], tags[1].Attributes);
        Assert.Equal([false, true, false], tags.Select(t => t.SelfClosing));
        Assert.Equal("b/", tags[2]["a"]);
        Assert.Equal(tags[0].End, tags[1].Offset);
    }

    [Fact]
    public void Reads_every_tag_also_where_a_browser_sees_text_and_says_which()
    {
        const string html = "<!-- <img src=a> --><script>'<b onclick=x>'</script><p title='<i style=c>'>";
        var tags = HtmlTagReader.ReadAll(html).ToList();
        Assert.Equal(["img", "script", "b", "p", "i"], tags.Select(t => t.Name));
        Assert.Equal([false, true, false, true, false], tags.Select(t => t.InMarkup));
        Assert.Equal(3, HtmlSafety.Find(html).Count); // the script, the handler in its text, the style in an attribute value
        Assert.Equal(3, HtmlLinkScanner.Scan(html).Unsafe.Count);
    }

    [Fact]
    public void A_duplicate_id_counts_once_and_only_in_markup()
    {
        var links = HtmlLinkScanner.Scan("<p id=a></p><!-- <p id=a> --><p ID='a'></p><p id=a></p><p id=b></p>");
        Assert.Equal(["a"], links.DuplicateIds);
    }
}
