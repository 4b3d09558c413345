using Generator.Computing;

namespace Generator.Rendering;

/// <summary><c>sitemap.xml</c>, when the site's absolute address is known. No dates: the content has none that mean "modified".</summary>
public static class Sitemap
{
    public const string Name = "sitemap.xml";

    /// <summary>
    /// Hands one sitemap for the whole site (the overview, each year's report and every event's page) to
    /// <paramref name="sink"/> as a streaming writer; false (nothing written) without a base URL.
    /// </summary>
    public static bool Write(Reading.SiteSettings site, IReadOnlyList<AnnualReport> years, ISiteSink sink)
    {
        if (site.BaseUrl is not { } baseUrl)
        {
            return false;
        }

        sink.Write(Name, stream => DataFiles.Text(stream, xml =>
        {
            xml.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            xml.Write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            xml.Write(string.Concat("<url><loc>", Html.Encode(baseUrl), "</loc></url>\n"));
            foreach (var report in years)
            {
                xml.Write(string.Concat("<url><loc>", Html.Encode(baseUrl + report.Address.Folder), "</loc></url>\n"));
                foreach (var e in report.Events)
                {
                    xml.Write(string.Concat("<url><loc>", Html.Encode(baseUrl + e.Address.Folder), "</loc></url>\n"));
                }
            }

            xml.Write("</urlset>\n");
        }));
        return true;
    }
}
