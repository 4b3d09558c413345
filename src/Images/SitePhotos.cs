using Generator.Computing;
using Generator.Diagnostics;

namespace Generator.Images;

/// <summary>The photos that templates place (not the text's): each event's lead photo and the site's logo, published.</summary>
/// <param name="Leads">One per event in timeline order; null for an event without one.</param>
/// <param name="LeadAlts">Each lead photo's alt text as written ("" for none).</param>
/// <param name="LogoAlt">The logo's description for link previews: the organisation's name.</param>
public sealed record SitePhotos(IReadOnlyList<PublishedImage?> Leads, IReadOnlyList<string> LeadAlts, PublishedImage? Logo, string LogoAlt)
{
    /// <summary>Publishes the lead photos and the logo; each problem is reported at its key.</summary>
    public static SitePhotos Publish(AnnualReport report, ImageLibrary? images, DiagnosticBag diagnostics)
    {
        var leads = new PublishedImage?[report.Events.Count];
        if (images is null)
        {
            return new SitePhotos(leads, [.. leads.Select(_ => "")], null, "");
        }

        Parallel.For(0, leads.Length, i =>
            leads[i] = report.Events[i].Source.Image is { } lead ? images.Use(lead.Path, lead.Location, diagnostics) : null);
        var site = report.Site;
        var logo = site.Logo is { } path && site.LogoLocation is { } at ? images.Use(path, at, diagnostics) : null;
        return new SitePhotos(leads, [.. report.Events.Select(e => e.Source.Image?.Alt ?? "")], logo, site.Organisation);
    }

    /// <summary>The photo for a page's link preview (og:image): an event's lead photo, else the logo.</summary>
    /// <param name="eventIndex">The event's index in timeline order; null for the report page.</param>
    public (PublishedImage Image, string Alt)? SharedFor(int? eventIndex) =>
        eventIndex is { } i && Leads[i] is { } lead ? (lead, LeadAlts[i]) : Logo is { } logo ? (logo, LogoAlt) : null;

    /// <summary>Every published address, for the preview's cache: pages must be rendered again when one changes.</summary>
    public string Describe() =>
        string.Join('\u001e', Leads.Select(l => l?.Largest.Jpeg ?? "").Append(Logo?.Largest.Jpeg ?? ""));
}
