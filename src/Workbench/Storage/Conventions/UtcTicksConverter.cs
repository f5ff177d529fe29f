using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lineage.Workbench.Storage.Conventions;

/// <summary>
/// Stores an instant as its UTC ticks: SQLite has no date type, and integers order and compare correctly whatever
/// offset the value was written with. Values come back in UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
