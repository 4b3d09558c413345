namespace Generator.Checking;

/// <summary>
/// The link check of a generated site, as one stage: the links written in Markdown first, reported at their source;
/// when those are whole, every link and id on the pages. The build runs it before publishing, the preview after the
/// reload has gone out; each caller decides when, this decides what.
/// </summary>
public static class LinkCheck
{
    public static void Run(GeneratedSite site, Diagnostics.DiagnosticBag diagnostics)
    {
        var printed = site.Reports.Where(r => r.Site.PdfFile is not null).Select(r => r.Address.File(r.Site.PdfFile!));
        string[] others = [.. site.Assets.Select(a => a.Path), .. printed, .. site.OtherFiles];

        // A broken link written in Markdown is reported at its source; the pages would only repeat it without one.
        var content = new Diagnostics.DiagnosticBag();
        ContentLinkChecker.Check(site.ContentLinks, site.Pages, others, content);

        diagnostics.AddRange(content.ToSortedList());
        if (!content.HasErrors)
        {
            OutputLinkChecker.Check(site.Pages, others, diagnostics, site.ThemeLinks);
        }
    }
}
