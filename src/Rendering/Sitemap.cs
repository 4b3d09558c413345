using Generator.Computing;

namespace Generator.Rendering;

/// <summary><c>sitemap.xml</c>, when the site's absolute address is known. No dates: the content has none that mean "modified".</summary>
public static class Sitemap
{
    public const string Name = "sitemap.xml";

    /// <summary>Hands the sitemap to <paramref name="sink"/> as a streaming writer; false (nothing written) without a base URL.</summary>
    public static bool Write(AnnualReport report, ISiteSink sink)
    {
        if (report.Site.BaseUrl is not { } baseUrl)
        {
            return false;
        }

        sink.Write(Name, stream => DataFiles.Text(stream, xml =>
        {
            xml.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            xml.Write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            xml.Write(string.Concat("<url><loc>", Html.Encode(baseUrl), "</loc></url>\n"));
            foreach (var e in report.Events)
            {
                xml.Write(string.Concat("<url><loc>", Html.Encode(baseUrl + e.Address), "</loc></url>\n"));
            }

            xml.Write("</urlset>\n");
        }));
        return true;
    }
}
