using Generator.Writing.Pdf;

namespace Generator.Tests.Writing;

/// <summary>Chromium's structure element names follow its DOM node numbers, which shift by chance: they are renamed by rank.</summary>
public class PdfNodeIdTests
{
    [Fact]
    public void Two_prints_whose_node_numbers_shifted_by_one_give_the_same_text_of_the_same_length()
    {
        const string First = "<</S /TH /ID (node00000224)>> <</S /TD /ID (node00000230)>> /IDTree <</Names [(node00000224) 1 0 R (node00000230) 2 0 R]>>";
        var second = First.Replace("00000224", "00000223", StringComparison.Ordinal).Replace("00000230", "00000231", StringComparison.Ordinal);

        var renamed = PdfStamp.RenumberNodeIds(First);
        Assert.Equal(renamed, PdfStamp.RenumberNodeIds(second));
        Assert.Equal(First.Length, renamed.Length);
        Assert.Equal("<</S /TH /ID (node00000000)>> <</S /TD /ID (node00000001)>> /IDTree <</Names [(node00000000) 1 0 R (node00000001) 2 0 R]>>", renamed);
    }

    [Fact]
    public void Text_without_node_names_is_left_as_it_is()
    {
        const string Text = "<</Title (node 7) /ID (nodeX)>> (node123)";
        Assert.Equal(Text, PdfStamp.RenumberNodeIds(Text));
    }
}
