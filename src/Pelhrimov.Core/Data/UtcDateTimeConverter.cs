using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Pelhrimov.Core.Data;

/// <summary>Stores every <see cref="DateTime"/> as UTC and reads it back as UTC on both providers.</summary>
/// <remarks>SQLite forgets the kind and PostgreSQL's timestamptz refuses non-UTC values; this makes both behave alike.</remarks>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
