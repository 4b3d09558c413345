using Generator.Addressing;
using Generator.Computing;
using Generator.Images;
using Generator.Reading;
using Generator.Text;
using Scriban.Runtime;

namespace Generator.Rendering;

/// <summary>
/// Builds what templates see: plain Scriban objects with the report's data already formatted where formatting
/// is not the template's business (dates, addresses). Amounts stay numbers in full euros, formatted by the
/// template functions. No .NET object is exposed to a template.
/// </summary>
public static class ViewModel
{
    /// <summary>The data that Markdown expressions may use: <c>site</c> and <c>finance</c>.</summary>
    public static ScriptObject ContentGlobals(AnnualReport report, ScriptObject functions)
    {
        var globals = new ScriptObject
        {
            ["site"] = Site(report.Site, report.Site.Year),
            ["finance"] = Finance(report),
        };
        globals.Import(functions);
        return globals;
    }

    /// <param name="eventHtml">Each event's rendered text, in timeline order.</param>
    /// <param name="sectionHtml">Each chapter's rendered text, in order.</param>
    /// <param name="leads">Each event's published lead photo (null for none), in timeline order; null when no event has one.</param>
    /// <param name="years">The neighbouring years' reports, linked from this one; null for none.</param>
    public static ReportModel Report(AnnualReport report, IReadOnlyList<RenderedContent> eventContent, IReadOnlyList<HtmlString> sectionHtml,
        IReadOnlyList<PublishedImage?>? leads = null, YearLinks? years = null)
    {
        var eventObjects = new List<ScriptObject>(report.Events.Count);
        for (var i = 0; i < report.Events.Count; i++)
        {
            var e = Event(report.Events[i], report.Site.Year, eventContent[i].OnReportPage);
            e["image"] = LeadPhoto(report.Events[i], leads?[i], report.Address);
            eventObjects.Add(e);
        }

        // One link object per event, shared by the events before and after it (frozen with the rest of the model).
        var links = eventObjects.Select(Link).ToList();
        for (var i = 0; i < eventObjects.Count; i++)
        {
            eventObjects[i]["previous"] = i > 0 ? links[i - 1] : null;
            eventObjects[i]["next"] = i < eventObjects.Count - 1 ? links[i + 1] : null;
        }

        var events = new ScriptArray(eventObjects);

        var months = new ScriptArray();
        var index = 0;
        foreach (var group in report.Months)
        {
            var monthEvents = new ScriptArray();
            foreach (var _ in group.Events)
            {
                monthEvents.Add(eventObjects[index++]);
            }

            months.Add(new ScriptObject
            {
                ["id"] = PageIds.Month(group.Month),
                ["name"] = DutchMonths.Capitalised(group.Month),
                ["events"] = monthEvents,
            });
        }

        var sections = new ScriptArray();
        for (var i = 0; i < report.Sections.Count; i++)
        {
            var section = report.Sections[i];
            sections.Add(new ScriptObject
            {
                ["title"] = section.Title,
                ["id"] = PageIds.Section(section),
                ["html"] = sectionHtml[i],
            });
        }

        var globals = new ScriptObject
        {
            ["site"] = Site(report.Site, report.Site.Year),
            ["events"] = events,
            ["months"] = months,
            ["sections"] = sections,
            ["finance"] = Finance(report),
            ["years"] = new ScriptObject
            {
                ["previous"] = YearLink(years?.Previous),
                ["next"] = YearLink(years?.Next),
            },
        };
        // Shared by every page rendered in parallel: no template may change it.
        return new ReportModel(FrozenModel.Freeze(globals), eventObjects);
    }

    /// <summary>
    /// The values of one page: its title, its address, the relative way back to the site root (<c>root</c>), to its
    /// year's report (<c>report</c>) and to that report's folder, where the year's data files are (<c>report_folder</c>).
    /// </summary>
    /// <param name="address">Where the page lives.</param>
    /// <param name="report">The report page it belongs to: its year's, or the overview itself.</param>
    /// <param name="logo">The site's logo (site.yml), shown in every page's header; null when none.</param>
    /// <param name="previewPhoto">The photo for link previews (og:image): the event's lead photo, else the logo; used only with a base URL.</param>
    public static ScriptObject Page(SiteSettings site, string title, string kind, PageAddress address, PageAddress report, ScriptObject? currentEvent = null,
        PublishedImage? logo = null, (PublishedImage Image, string Alt)? previewPhoto = null)
    {
        var root = address.ToRoot;

        // Made for every page: sized for their values up front rather than grown (a dictionary each).
        return new ScriptObject(5)
        {
            ["page"] = new ScriptObject(6)
            {
                ["title"] = title,
                ["kind"] = kind,
                ["canonical"] = site.BaseUrl is { } baseUrl ? baseUrl + address.Folder : "",
                ["logo"] = logo is null ? new HtmlString("") : new HtmlString(ImageMarkup.Picture(logo, "", ImageMarkup.LogoSizes, lazy: false, p => root + p)),
                ["image"] = previewPhoto is { } s && site.BaseUrl is { } absolute ? absolute + s.Image.Sharing.Jpeg : "",
                ["image_alt"] = previewPhoto is { } a && site.BaseUrl is not null ? ImageAlt.Attribute(a.Alt) ?? "" : "",
            },
            ["root"] = root,
            ["report"] = address.LinkTo(report),
            ["report_folder"] = address.LinkToFolder(report),
            ["event"] = currentEvent,
        };
    }

    /// <summary>The event as its own page sees it: the same values, with links in its text and its lead photo written for that page's depth.</summary>
    public static ScriptObject EventOnItsPage(ScriptObject e, RenderedContent content, ReportEvent source, PublishedImage? lead = null)
    {
        var copy = new ScriptObject(e.Count);
        copy.Import(e);
        copy["html"] = content.OnEventPage;
        copy["image"] = LeadPhoto(source, lead, source.Address);
        return copy;
    }

    /// <summary>
    /// The lead photo as a figure: at the top of the event's own page (fetched at once, the column's width) or beside
    /// the event in the report (fetched when scrolled to). Null when the event has none.
    /// </summary>
    /// <param name="page">The page it is shown on: the event's own, or the report.</param>
    private static ScriptObject? LeadPhoto(ReportEvent e, PublishedImage? image, PageAddress page)
    {
        if (image is null || e.Source.Image is not { } lead)
        {
            return null;
        }

        var alt = ImageAlt.Attribute(lead.Alt) ?? "";
        var html = page == e.Address
            ? ImageMarkup.Figure(image, alt, lead.Caption, ImageMarkup.ColumnSizes, lazy: false, page.LinkTo, "photo lead-photo")
            : ImageMarkup.Figure(image, alt, lead.Caption, ImageMarkup.BesideSizes, lazy: true, page.LinkTo, "photo lead-photo beside");
        return new ScriptObject { ["html"] = new HtmlString(html), ["alt"] = alt, ["caption"] = lead.Caption ?? "" };
    }

    private static ScriptObject? YearLink(AnnualReport? year) => year is null ? null : new ScriptObject
    {
        ["year"] = year.Site.Year,
        ["title"] = year.Site.Title,
        ["url"] = year.Address.Page,
    };

    /// <summary>The site's or a year's settings as templates see them (<c>site</c>).</summary>
    /// <param name="year">The year of a year's pages; null for the overview across the years, whose <c>site.year</c> is then empty (never a made-up 0).</param>
    public static ScriptObject Site(SiteSettings site, int? year) => new()
    {
        ["title"] = site.Title,
        ["site_title"] = site.SiteTitle,
        ["organisation"] = site.Organisation,
        ["year"] = year,
        ["language"] = site.Language,
        ["locale"] = SiteLanguage.Locale(site.Language),
        ["description"] = site.Description,
        ["base_url"] = site.BaseUrl ?? "",
        ["pdf"] = site.PdfFile ?? "",
        ["open_data"] = site.OpenData,
        ["draft"] = site.Draft,
    };

    private static ScriptObject Event(ReportEvent e, int year, HtmlString html)
    {
        var source = e.Source;
        return new ScriptObject
        {
            ["title"] = source.Title,
            ["id"] = PageIds.Event(e),
            ["url"] = e.Address.Page,
            ["address"] = e.Address.Folder,
            ["datetime"] = source.Date is { } d ? DutchDates.Iso(d) : DutchDates.Iso(source.Month, year),
            ["date_text"] = source.Date is { } date ? DutchDates.DayMonthYear(date) : DutchDates.MonthAndYear(source.Month, year),
            ["month_id"] = DutchMonths.Name(source.Month),
            ["month_name"] = DutchMonths.Capitalised(source.Month),
            ["html"] = html,
            ["draft"] = source.Draft,
        };
    }

    private static ScriptObject Link(ScriptObject e) => new()
    {
        ["title"] = e["title"],
        ["url"] = e["url"],
        ["date_text"] = e["date_text"],
    };

    /// <summary>
    /// The statement as templates and text expressions see it, in full euros. With a comparison, every line, total and
    /// the saldo also has <c>previous</c> and <c>difference</c> (null where a year lacks the line: an empty cell), the
    /// table's extra headings are set, and <c>previous</c> holds the previous year's figures for the text.
    /// </summary>
    private static ExplainedScriptObject Finance(AnnualReport report)
    {
        var finance = report.Finance;
        var comparison = report.Comparison;
        var statement = finance.Statement;
        var unit = statement.Unit;

        var memo = new ScriptObject();
        foreach (var line in statement.Memo)
        {
            memo[line.Key] = line.Amount * unit;
        }

        var memoLines = comparison is null
            ? Lines(statement.Memo.Select(m => new ComparedLine(m.Key, m.Label, new ComparedFigure(m.Amount * unit, null))))
            : Lines(comparison.Memo);

        var model = new ExplainedScriptObject
        {
            ["title"] = statement.Title,
            ["caption"] = statement.Caption,
            ["column"] = statement.ColumnHeading,
            ["previous_column"] = comparison is null ? "" : "Realisatie " + comparison.PreviousYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["difference_column"] = comparison is null ? "" : "Verschil",
            ["columns"] = comparison is null ? 2 : 4,
            ["unit"] = unit,
            ["unit_text"] = DutchNumbers.EuroUnit(unit),
            ["unit_caption"] = DutchNumbers.AmountsIn(unit),
            ["income"] = Group(finance.Income, comparison?.Income, unit),
            ["expenses"] = Group(finance.Expenses, comparison?.Expenses, unit),
            ["lines"] = AmountsByKey(finance.Income.Group.Lines.Concat(finance.Expenses.Group.Lines).Select(l => (l.Key, (decimal?)(l.Amount * unit)))),
            ["saldo"] = finance.Saldo * unit,
            ["saldo_previous"] = comparison?.Saldo.Previous,
            ["saldo_difference"] = comparison?.Saldo.Difference,
            ["saldo_label"] = statement.SaldoLabel,
            ["memo"] = memo,
            ["memo_lines"] = memoLines,
            ["rounding_note"] = finance.ShowRoundingNote ? statement.RoundingNote : null,
            ["chart"] = FinanceChart.Render(finance, "financien-grafiek"),
            ["chart_text"] = FinanceChart.Description(finance),
        };
        if (comparison is null)
        {
            var previousYear = report.Site.Year - 1;
            model.Absent["previous"] = $"there is no previous year to compare with: {previousYear} "
                + (report.PreviousYearIsLeftOutDraft ? $"is a draft left out of this build (add --drafts to include it)" : "is not in the site")
                + $" and {statement.Path} states no figures for it ('previous' on its lines)";
        }
        else
        {
            model["previous"] = Previous(comparison);
        }

        return model;
    }

    /// <summary>The previous year's figures for the text: <c>finance.previous.income.total</c>, <c>finance.previous.lines.&lt;key&gt;</c>.</summary>
    private static ScriptObject Previous(FinanceComparison comparison)
    {
        ScriptObject Side(ComparedGroup group) => new()
        {
            ["total"] = group.Total.Previous,
            ["lines"] = new ScriptArray(group.Lines.Where(l => l.Figure.Previous is not null)
                .Select(l => new ScriptObject { ["key"] = l.Key, ["label"] = l.Label, ["amount"] = l.Figure.Previous })),
        };

        return new ScriptObject
        {
            ["year"] = comparison.PreviousYear,
            ["income"] = Side(comparison.Income),
            ["expenses"] = Side(comparison.Expenses),
            ["saldo"] = comparison.Saldo.Previous,
            ["lines"] = AmountsByKey(comparison.Income.Lines.Concat(comparison.Expenses.Lines).Select(l => (l.Key, l.Figure.Previous))),
            ["memo"] = AmountsByKey(comparison.Memo.Select(l => (l.Key, l.Figure.Previous))),
        };
    }

    /// <summary>Amounts by key, leaving out the keys without an amount (a line of the other year only).</summary>
    private static ScriptObject AmountsByKey(IEnumerable<(string Key, decimal? Amount)> lines)
    {
        var byKey = new ScriptObject();
        foreach (var (key, amount) in lines)
        {
            if (amount is not null)
            {
                byKey[key] = amount;
            }
        }

        return byKey;
    }

    private static ScriptObject Group(GroupTotal total, ComparedGroup? compared, decimal unit)
    {
        var lines = compared is null
            ? Lines(total.Group.Lines.Select(l => new ComparedLine(l.Key, l.Label, new ComparedFigure(l.Amount * unit, null))))
            : Lines(compared.Lines);
        return new ScriptObject
        {
            ["key"] = total.Group.Key,
            ["label"] = total.Group.Label,
            ["total_label"] = total.Group.TotalLabel,
            ["lines"] = lines,
            ["total"] = total.ShownTotal * unit,
            ["total_previous"] = compared?.Total.Previous,
            ["total_difference"] = compared?.Total.Difference,
        };
    }

    /// <summary>Each line with <c>key</c>, <c>label</c>, <c>amount</c>, <c>previous</c> and <c>difference</c> (null where a year lacks it).</summary>
    private static ScriptArray Lines(IEnumerable<ComparedLine> lines) =>
        new(lines.Select(l => new ScriptObject
        {
            ["key"] = l.Key,
            ["label"] = l.Label,
            ["amount"] = l.Figure.Current,
            ["previous"] = l.Figure.Previous,
            ["difference"] = l.Figure.Difference,
        }));
}
