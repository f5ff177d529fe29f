using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lineage.Workbench.Storage.Conventions;

/// <summary>Moves an instant to offset zero: PostgreSQL's <c>timestamptz</c> accepts only UTC values from Npgsql.</summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
