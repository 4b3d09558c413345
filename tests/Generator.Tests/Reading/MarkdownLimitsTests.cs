using Generator.Reading;

namespace Generator.Tests.Reading;

public class MarkdownLimitsTests
{
    /// <summary>The written-out list of the characters that end a word is exactly what .NET takes for white space.</summary>
    [Fact]
    public void The_characters_that_end_a_word_are_exactly_the_white_space_of_dotnet()
    {
        var differ = Enumerable.Range(0, 0x10000).Select(c => (char)c)
            .Where(c => MarkdownLimits.WhiteSpace.Contains(c) != char.IsWhiteSpace(c))
            .Select(c => $"U+{(int)c:X4}")
            .ToList();

        Assert.Empty(differ);
    }
}
