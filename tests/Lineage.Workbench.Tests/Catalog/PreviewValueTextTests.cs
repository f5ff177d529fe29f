using System.Text.Json;
using Lineage.Workbench.Catalog.Preview;

namespace Lineage.Workbench.Tests.Catalog;

public sealed class PreviewValueTextTests
{
    private static string Format(string json, string type = "") => PreviewValueText.Format(JsonDocument.Parse(json).RootElement, type);

    [Fact]
    public void A_long_list_of_doubles_is_cut_after_five_items_and_keeps_decimal_points()
    {
        Assert.Equal("[1.0, 2.5, 3.0, 4.0, 5.0, …]", Format("[1, 2.5, 3, 4, 5, 6, 7]", "list<double>"));
    }

    [Fact]
    public void A_short_list_is_shown_whole()
    {
        Assert.Equal("[H, H]", Format("[\"H\",\"H\"]", "list<string>"));
    }

    [Fact]
    public void Nested_lists_are_shortened_at_each_level()
    {
        Assert.Equal("[[0.0, 0.0, 0.74], [1.0, 2.0, 3.0, 4.0, 5.0, …]]", Format("[[0,0,0.74],[1,2,3,4,5,6]]", "list<list<double>>"));
    }

    [Fact]
    public void A_struct_is_written_as_key_value_pairs()
    {
        Assert.Equal("{real: 0.5, imaginary: null, label: ZZ}", Format("{\"real\":0.5,\"imaginary\":null,\"label\":\"ZZ\"}"));
    }

    [Fact]
    public void Integers_stay_integers_and_null_is_empty()
    {
        Assert.Equal("42", Format("42", "int"));
        Assert.Equal("", Format("null", "double"));
        Assert.Equal("-1.137", Format("-1.137", "double"));
        Assert.Equal("true", Format("true", "boolean"));
    }
}
