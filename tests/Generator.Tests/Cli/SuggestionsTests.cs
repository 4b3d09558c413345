namespace Generator.Tests.Cli;

public class SuggestionsTests
{
    [Theory]
    [InlineData("build", "build", 0)]
    [InlineData("biuld", "build", 1)]
    [InlineData("buld", "build", 1)]
    [InlineData("buildd", "build", 1)]
    [InlineData("bxild", "build", 1)]
    [InlineData("dliub", "build", 4)]
    [InlineData("", "new", 3)]
    public void Distance_counts_inserted_deleted_replaced_and_swapped_letters(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));

    [Theory]
    [InlineData("BIULD", "build")]
    [InlineData("serev", "serve")]
    [InlineData("nwe", "new")]
    [InlineData("--outptu", "--output")]
    [InlineData("b", null)]
    [InlineData("publish", null)]
    public void Closest_is_the_one_near_name_or_none(string typed, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(typed, ["build", "check", "serve", "new", "--output", "--input"]));

    [Fact]
    public void Two_equally_near_names_give_no_guess() =>
        Assert.Null(Suggestions.Closest("bat", ["bar", "baz"]));
}
