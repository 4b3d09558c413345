namespace Generator.Diagnostics;

/// <summary>
/// The catalogue of diagnostic codes, grouped by what they are about. The README lists them all;
/// a test keeps the two in step.
/// </summary>
public static class DiagnosticCodes
{
    // Files and YAML (RPT0xx)
    public const string FileUnreadable = "RPT001";
    public const string InvalidUtf8 = "RPT002";
    public const string FolderMissing = "RPT003";
    public const string FileTooLarge = "RPT004";
    public const string NestedTooDeep = "RPT005";
    public const string LinkLeadsOutside = "RPT006";
    public const string ControlCharacter = "RPT007";
    public const string ParagraphTooLong = "RPT008";
    public const string WordTooLong = "RPT009";
    public const string FrontMatterMissing = "RPT010";
    public const string FrontMatterUnclosed = "RPT011";
    public const string YamlSyntax = "RPT012";
    public const string YamlNotMapping = "RPT013";
    public const string UnknownKey = "RPT014";
    public const string DuplicateKey = "RPT015";
    public const string FrontMatterComment = "RPT018";
    public const string YamlInvisibleLineBreak = "RPT019";
    public const string ContentInSubfolder = "RPT020";
    public const string ContentFileNotRead = "RPT021";
    public const string InputEntryUnknown = "RPT022";
    public const string NoYears = "RPT023";
    public const string YamlReference = "RPT024";

    // Events (RPT1xx)
    public const string TitleMissing = "RPT101";
    public const string MonthMissing = "RPT102";
    public const string DateInvalid = "RPT103";
    public const string MonthInvalid = "RPT104";
    public const string MonthDisagreesWithDate = "RPT105";
    public const string DateOutsideYear = "RPT106";
    public const string DuplicateAddress = "RPT107";
    public const string EmptyBody = "RPT108";
    public const string NoEvents = "RPT109";
    public const string PlaceholderLeft = "RPT110";
    public const string SlugInvalid = "RPT111";
    public const string IdDuplicate = "RPT112";
    public const string FileNameDisagreesWithDate = "RPT113";
    public const string DraftInvalid = "RPT114";
    public const string EventValueInvalid = "RPT115";

    // Closing chapters (RPT2xx)
    public const string SectionOrderInvalid = "RPT201";
    public const string SectionOrderDuplicate = "RPT202";
    public const string SectionValueInvalid = "RPT203";

    // Finance (RPT3xx)
    public const string FinanceValueMissing = "RPT301";
    public const string AmountInvalid = "RPT302";
    public const string PublishedTotalMismatch = "RPT303";
    public const string PublishedSaldoMismatch = "RPT304";
    public const string FinanceKeyInvalid = "RPT305";
    public const string PreviousIncomplete = "RPT306";
    public const string PreviousYearMismatch = "RPT307";
    public const string AmountToFillIn = "RPT308";
    public const string OtherYearNamed = "RPT309";
    public const string FinanceValueInvalid = "RPT310";

    // Site settings (RPT4xx)
    public const string SettingMissing = "RPT401";
    public const string SettingInvalid = "RPT402";
    public const string BaseUrlInvalid = "RPT403";
    public const string SettingMoved = "RPT404";

    // Templates (RPT5xx)
    public const string TemplateMissing = "RPT501";
    public const string TemplateSyntax = "RPT502";
    public const string TemplateRuntime = "RPT503";
    public const string ContentExpressionSyntax = "RPT504";
    public const string ContentExpressionRuntime = "RPT505";
    public const string ContentLinkBroken = "RPT506";
    public const string OutputLinkBroken = "RPT507";
    public const string UnsafeLink = "RPT508";
    public const string UnsafeOutput = "RPT509";
    public const string ContentBareNumber = "RPT510";
    public const string TableUnnamed = "RPT511";
    public const string HeadingSkipsLevel = "RPT512";

    // Output (RPT6xx)
    public const string OutputWriteFailed = "RPT601";
    public const string OutputFolderUnsafe = "RPT602";
    public const string OutputFolderNotOurs = "RPT603";
    public const string PdfFailed = "RPT604";
    public const string PdfContentsMissing = "RPT605";
    public const string OutputBusy = "RPT606";
    public const string StaticFileCollides = "RPT607";

    // Images (RPT7xx)
    public const string ImageNotFound = "RPT701";
    public const string ImageOutsideInput = "RPT702";
    public const string ImageAltMissing = "RPT703";
    public const string ImageCaptionInline = "RPT704";
    public const string ImageFileTooLarge = "RPT705";
    public const string ImageTooManyPixels = "RPT706";
    public const string ImageDamaged = "RPT707";
    public const string ImageExtensionMismatch = "RPT708";
    public const string ImageFormatUnsupported = "RPT709";
    public const string ImageAnimated = "RPT710";
    public const string ImageCmyk = "RPT711";

    /// <summary>Each code with a one-line meaning, for the README and <c>--help</c>.</summary>
    public static readonly IReadOnlyList<(string Code, string Meaning)> All =
    [
        (FileUnreadable, "A file or folder could not be read."),
        (InvalidUtf8, "A file is not valid UTF-8 text."),
        (FolderMissing, "The input or theme folder, or a required file in it, does not exist."),
        (FileTooLarge, "A file is larger than the generator accepts (1 MB for a text or settings file)."),
        (NestedTooDeep, "YAML or Markdown nested so deeply that it cannot be sensible content."),
        (LinkLeadsOutside, "A file in input/ or theme/ is a symbolic link to somewhere outside that folder."),
        (ControlCharacter, "A text or value contains an invisible control character (like a vertical tab), which must not reach the site."),
        (ParagraphTooLong, "A Markdown paragraph (lines without an empty line between them) longer than 20,000 characters or with more than 500 emphasis marks ('*', '_', '~', '^', '=', '+'), too much to read in reasonable time."),
        (WordTooLong, "A word in Markdown (characters without a space, such as a link's address) longer than 1,000 characters, too long to read in reasonable time."),
        (FrontMatterMissing, "A Markdown file does not start with a '---' front-matter block."),
        (FrontMatterUnclosed, "A front-matter block has no closing '---' (or '...') line, or a line such as '----' where one was meant."),
        (YamlSyntax, "YAML that cannot be parsed."),
        (YamlNotMapping, "YAML that should be a mapping of keys to values is something else."),
        (UnknownKey, "A key that the generator does not know (warning: usually a typo)."),
        (DuplicateKey, "The same key twice in one mapping."),
        (FrontMatterComment, "A '#' comment line in front matter, shown nowhere: often a heading of a text whose front matter was not closed (warning)."),
        (YamlInvisibleLineBreak, "YAML contains an invisible character that YAML reads as a line break (U+2028 line separator, U+2029 paragraph separator; U+0085 is a control character, RPT007), usually pasted from another program."),
        (ContentInSubfolder, "A Markdown file in a subfolder of a year's events/ or sections/ (input/2022/events/), or a link to a folder there: only the folder itself is read."),
        (ContentFileNotRead, "A file in a year's events/ or sections/ (input/2022/events/) that is neither Markdown (.md, .markdown) nor an image, hidden file or editor leftover, so it is not read (warning)."),
        (InputEntryUnknown, "A file or folder in input/ that is not site.yml, images/, static/ or a year's folder (like 2022/), or one in a year's folder that is not report.yml, finance.yml, events/, sections/ or images/."),
        (NoYears, "The input folder holds no year's folder (like input/2022/), or every year is a draft (draft: true) and --drafts was not given."),
        (YamlReference, "A YAML anchor ('&m'), alias ('*m') or tag ('!!int') in front matter or a settings or finance file: every value must be written out where it is used, so a reviewer sees what is published."),
        (TitleMissing, "An event or chapter has no 'title'."),
        (MonthMissing, "An event has neither 'date' nor 'month'."),
        (DateInvalid, "'date' is not a date like 2022-01-26."),
        (MonthInvalid, "'month' is not a Dutch month name like 'januari'."),
        (MonthDisagreesWithDate, "'month' names another month than 'date'."),
        (DateOutsideYear, "An event's date lies outside the report's year."),
        (DuplicateAddress, "Two events would get the same address."),
        (EmptyBody, "An event or chapter has no text (warning)."),
        (NoEvents, "The events folder holds no events."),
        (PlaceholderLeft, "An event or chapter still holds the placeholder text of 'new event' (warning; an error with --strict)."),
        (SlugInvalid, "An event's 'slug' is not made of a-z, 0-9 and single hyphens."),
        (IdDuplicate, "Two parts of a page (months, events, chapters, the finance section, the theme) would have the same id."),
        (FileNameDisagreesWithDate, "An event's file name starts with another date or month than its 'date' or 'month' says (warning)."),
        (DraftInvalid, "An event's or a year's (report.yml) 'draft' is not true or false."),
        (EventValueInvalid, "A value in an event's front matter cannot be used: a list, a mapping or nothing where one line of text is needed (title, image, image_alt, image_caption), or a text longer than its limit (a title: 200 characters)."),
        (SectionOrderInvalid, "A chapter's 'order' is missing or not a whole number."),
        (SectionOrderDuplicate, "Two chapters have the same 'order'."),
        (SectionValueInvalid, "A value in a chapter's front matter cannot be used: a list, a mapping or nothing where one line of text is needed, or a title longer than 200 characters."),
        (FinanceValueMissing, "finance.yml lacks a required value."),
        (AmountInvalid, "An amount is not a whole number written like 427973 or -26287 (no thousands dot, no fraction)."),
        (PublishedTotalMismatch, "A published total differs from the computed one by more than rounding explains."),
        (PublishedSaldoMismatch, "The published saldo differs from totaal baten minus totaal lasten."),
        (FinanceKeyInvalid, "A finance line's or memo line's 'key' is missing, malformed, a built-in key (baten, lasten, saldo) or used twice."),
        (PreviousIncomplete, "finance.yml states previous-year figures ('previous') for baten or lasten but not for the other."),
        (PreviousYearMismatch, "A previous-year figure stated in finance.yml differs from that year's own finance.yml in the site, or names a line it does not have."),
        (AmountToFillIn, "An amount in finance.yml is still empty (as 'new year' leaves them): fill in the figure as published."),
        (OtherYearNamed, "Warning: a year's finance caption or column heading, or its report title, names another year than its folder's (as a copied report would); the caption may name the previous year where the statement compares with it."),
        (FinanceValueInvalid, "A value in finance.yml cannot be used: a list, a mapping or nothing where one line of text is needed (title, caption, column, label…), text where a mapping or list is needed (income, saldo, lines, memo), or a text longer than its limit."),
        (SettingMissing, "site.yml or a year's report.yml lacks a required setting."),
        (SettingInvalid, "A setting in site.yml or a year's report.yml has a value that cannot be used: a list, a mapping or nothing where one line of text is needed, or a text longer than its limit."),
        (BaseUrlInvalid, "'base_url' (or --base-url) is not an absolute http(s) address written as it is published: no user name or password, query, fragment, spaces or control characters, and nothing the generator would have to change (such as an upper-case or non-ASCII host name)."),
        (SettingMoved, "site.yml sets 'year', which is now the name of each year's folder (input/2022/)."),
        (TemplateMissing, "A layout or partial that the theme needs does not exist."),
        (TemplateSyntax, "A theme template cannot be parsed."),
        (TemplateRuntime, "A theme template failed while rendering (for example an unknown variable)."),
        (ContentExpressionSyntax, "A '{{ … }}' expression in Markdown cannot be parsed."),
        (ContentExpressionRuntime, "A '{{ … }}' expression in Markdown failed (for example a figure that does not exist)."),
        (ContentLinkBroken, "A link in Markdown leads nowhere: a .md file that is not an event or chapter, a link into an event's or chapter's text (`x.md#kop`), an address from the host's root, a missing file or #anchor."),
        (OutputLinkBroken, "A link or #anchor written by the theme leads nowhere on a generated page (reported at the template line that writes it)."),
        (UnsafeLink, "A link, image or raw HTML in Markdown whose address is not http(s), mailto, tel or relative, or raw HTML with an event handler, inline style or script."),
        (UnsafeOutput, "A generated page carries an unsafe address, an event handler, an inline style or an inline script (usually a theme mistake)."),
        (ContentBareNumber, "A '{{ … }}' expression writes a number into the text without format_number or euro_millions (warning)."),
        (TableUnnamed, "A Markdown table has no heading above it in its text, so it has no name a screen reader can announce (warning): write a heading above it."),
        (HeadingSkipsLevel, "A heading in a text skips a level: the text's first heading is not '#', a heading is more than one level below the one before it, or it is deeper than its page can show under HTML's h6."),
        (OutputWriteFailed, "The site could not be written to the output folder."),
        (OutputFolderUnsafe, "The real folder the output leads to (links followed) is, contains or lies inside the input or theme folder, is or contains the working or home folder, is a file-system root, or holds a .git anywhere within it; --force does not override it."),
        (OutputFolderNotOurs, "The output folder exists but was not made by the generator, or holds files that its last build did not write (pass --force to replace them)."),
        (PdfFailed, "build --pdf could not make the PDF (Chromium is missing or failed)."),
        (PdfContentsMissing, "The PDF's contents cannot be numbered: the report page has no contents, or a month or chapter has no heading that reads as its entry (warning)."),
        (OutputBusy, "Another build is writing to the same output folder at this moment."),
        (StaticFileCollides, "A file in input/static/ would be published where the generator writes a file of its own (a page, data file, asset, image or PDF), or where it needs a folder."),
        (ImageNotFound, "An image's file does not exist."),
        (ImageOutsideInput, "An image's path leads outside input/, or is an address on another host."),
        (ImageAltMissing, "An image has no alt text (write '-' as the alt text of a purely decorative image)."),
        (ImageCaptionInline, "An image with a caption stands inside a sentence instead of on a line of its own."),
        (ImageFileTooLarge, "An image file is larger than 25 MB."),
        (ImageTooManyPixels, "An image declares more than 60 million pixels (a decompression bomb, or a scan far too large)."),
        (ImageDamaged, "An image file is truncated, corrupt or not an image at all."),
        (ImageExtensionMismatch, "An image's name claims another format than its contents (a JPEG named .png)."),
        (ImageFormatUnsupported, "An image is in a format the site does not publish (SVG, TIFF, HEIC, AVIF, BMP)."),
        (ImageAnimated, "An image is animated (GIF, WebP or PNG)."),
        (ImageCmyk, "An image is in CMYK colours; convert it to sRGB."),
    ];
}
