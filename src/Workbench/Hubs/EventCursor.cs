namespace Lineage.Workbench.Hubs;

/// <summary>
/// Decides which newly visible event ids may go out, in id order, without ever going back. Ids come from a sequence,
/// and on PostgreSQL a transaction holding a lower id can commit after one holding a higher id: an id missing below a
/// visible one may still appear. Events above such a gap wait until the gap fills, or until it has been missing for
/// <see cref="Grace"/> (a rolled-back transaction leaves a gap forever); then the gap is skipped.
/// </summary>
public sealed class EventCursor(long position, TimeSpan grace)
{
    // When each new highest id was first seen: an id below it has been missing at least since then. Ascending in both.
    private readonly List<(long HighestId, DateTimeOffset SeenAt)> _sightings = [];

    /// <summary>Every id up to this one has gone out or been skipped.</summary>
    public long Position { get; private set; } = position;

    public TimeSpan Grace { get; } = grace;

    /// <summary>
    /// Takes the ids now visible above <see cref="Position"/> (ascending) and returns how many of them, from the first,
    /// go out now; <see cref="Position"/> moves past them.
    /// </summary>
    public int Advance(IReadOnlyList<long> ids, DateTimeOffset now)
    {
        var previous = Position;
        foreach (var id in ids)
        {
            if (id <= previous)
                throw new ArgumentException($"Event ids must ascend above the cursor's position {Position}; {id} came after {previous}.", nameof(ids));
            previous = id;
        }
        if (ids.Count > 0 && (_sightings.Count == 0 || ids[^1] > _sightings[^1].HighestId))
            _sightings.Add((ids[^1], now));

        var released = 0;
        foreach (var id in ids)
        {
            if (id > Position + 1 && !HasExpired(id - 1, now))
                break;
            Position = id;
            released++;
        }
        _sightings.RemoveAll(sighting => sighting.HighestId <= Position);
        return released;
    }

    // The gap up to this id is as old as the first sighting of an id above it.
    private bool HasExpired(long missingId, DateTimeOffset now) =>
        now - _sightings.First(sighting => sighting.HighestId > missingId).SeenAt >= Grace;
}
