namespace Generator.Rendering;

/// <summary>HTML that is already safe (rendered Markdown, a rendered partial): written by templates as it is.</summary>
public sealed record HtmlString(string Value)
{
    public override string ToString() => Value;
}
