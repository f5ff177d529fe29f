using Lineage.Assets.Keys;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>
/// Every row of every sample table, over the three sample days, equals the committed fixture
/// (tests/fixtures/sample-tables), so a change of implementation that changes a value is caught. With
/// LINEAGE_WRITE_SAMPLE_FIXTURE=1 the fixture is written instead, and the test fails to say so.
/// </summary>
[Collection(MaterializedSample.Collection)]
public sealed class SampleTablesFixtureTests(MaterializedSample sample)
{
    public static TheoryData<string> Tables => new(SampleTableColumns.Tables.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Every_row_of_the_table_equals_the_fixture(string name)
    {
        var table = SampleTableColumns.Tables.Single(t => t.Name == name);
        var fixture = new SampleTablesFixture(table);
        var actual = await CanonicalLinesAsync(table);

        if (SampleTablesFixture.WriteRequested)
        {
            fixture.Write(actual);
            Assert.Fail($"Wrote {fixture.RelativePath} ({actual.Count} rows) because {SampleTablesFixture.WriteVariable}=1; " +
                        "unset it to compare against the fixture.");
        }
        Assert.True(fixture.Exists, $"The fixture {fixture.RelativePath} is missing; run this test with {SampleTablesFixture.WriteVariable}=1 to write it.");
        var difference = RowDifference.Describe(name, fixture.ReadLines(), actual);
        Assert.True(difference is null, $"The rows differ from {fixture.RelativePath}. {difference}");
    }

    private async Task<IReadOnlyList<string>> CanonicalLinesAsync(AssetKey table)
    {
        var shapeOnly = SampleTableColumns.ShapeOnly(table).Select(c => c.Name).ToHashSet();
        var lines = new List<string>();
        foreach (var day in SampleWarehouse.SampleDays)
            foreach (var row in await sample.Warehouse.RowsAsync(table, day))
            {
                Assert.All(shapeOnly, column => Assert.True(row.ContainsKey(column), $"{table.Name} has no column {column} to compare by shape."));
                lines.Add(CanonicalRow.ToJsonLine(row, shapeOnly));
            }
        Assert.NotEmpty(lines);
        return lines.Order(StringComparer.Ordinal).ToList();
    }
}
