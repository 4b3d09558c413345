using System.Text;
using Generator.Computing;

namespace Generator.Rendering;

/// <summary><c>sitemap.xml</c>, when the site's absolute address is known. No dates: the content has none that mean "modified".</summary>
public static class Sitemap
{
    public static RenderedFile? Create(AnnualReport report)
    {
        if (report.Site.BaseUrl is not { } baseUrl)
        {
            return null;
        }

        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.Append("<url><loc>").Append(Html.Encode(baseUrl)).Append("</loc></url>\n");
        foreach (var e in report.Events)
        {
            xml.Append("<url><loc>").Append(Html.Encode(baseUrl + e.Address)).Append("</loc></url>\n");
        }

        xml.Append("</urlset>\n");
        return new RenderedFile("sitemap.xml", xml.ToString());
    }
}
