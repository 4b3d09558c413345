namespace Generator.Writing;

/// <summary>What a write did to the output folder.</summary>
public enum WriteOutcome
{
    /// <summary>Nothing visible changed: the output folder is byte for byte what it was before (or still absent).</summary>
    LeftAsItWas,

    /// <summary>The output folder is the new site, whole.</summary>
    Replaced,

    /// <summary>
    /// Only where folders cannot be exchanged in one step (see <see cref="SiteWriter"/>): the old site was moved
    /// aside and neither it nor the new one could be put back. The error says where the old site is.
    /// </summary>
    Missing,
}
