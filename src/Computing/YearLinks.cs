namespace Generator.Computing;

/// <summary>A year's neighbours in the site, for the links between the reports; null where there is none.</summary>
public sealed record YearLinks(AnnualReport? Previous, AnnualReport? Next)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Previous?.Site.Year}:{Previous?.Site.Title}\u001e{Next?.Site.Year}:{Next?.Site.Title}";
}
