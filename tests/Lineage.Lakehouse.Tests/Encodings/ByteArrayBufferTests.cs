using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class ByteArrayBufferTests
{
    [Fact]
    public void Values_read_back_as_added_including_empty_ones()
    {
        var buffer = new ByteArrayBuffer(valueCapacity: 1, byteCapacity: 1);
        for (var i = 0; i < 500; i++)
            buffer.Add(Enumerable.Repeat((byte)i, i % 5).ToArray());
        Assert.Equal(500, buffer.Count);
        Assert.Equal(Enumerable.Range(0, 500).Sum(i => i % 5), buffer.TotalBytes);
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(Enumerable.Repeat((byte)i, i % 5).ToArray(), buffer[i].ToArray());
            Assert.Equal(i % 5, buffer.LengthOf(i));
            Assert.Equal(buffer[i].ToArray(), buffer.GetMemory(i).ToArray());
        }
    }

    [Fact]
    public void Offsets_and_bytes_describe_every_value()
    {
        var buffer = new ByteArrayBuffer();
        buffer.Add("ab"u8);
        buffer.Add([]);
        buffer.Add("cde"u8);
        Assert.Equal([0, 2, 2, 5], buffer.Offsets.ToArray());
        Assert.Equal("abcde"u8.ToArray(), buffer.Bytes.ToArray());
    }

    [Fact]
    public void Clear_forgets_the_values()
    {
        var buffer = new ByteArrayBuffer();
        buffer.Add("abc"u8);
        buffer.Clear();
        Assert.Equal(0, buffer.Count);
        Assert.Equal(0, buffer.TotalBytes);
        buffer.Add("x"u8);
        Assert.Equal("x"u8.ToArray(), buffer[0].ToArray());
    }

    [Fact]
    public void Allocated_values_are_filled_in_place()
    {
        var buffer = new ByteArrayBuffer();
        buffer.Allocate(2).Fill(7);
        Assert.Equal([7, 7], buffer[0].ToArray());
    }

    [Fact]
    public void Fixed_length_values_are_split_by_width()
    {
        var buffer = new ByteArrayBuffer();
        buffer.AddFixedLength([1, 2, 3, 4, 5, 6], 2);
        Assert.Equal(3, buffer.Count);
        Assert.Equal([5, 6], buffer[2].ToArray());
        Assert.Throws<ArgumentException>(() => buffer.AddFixedLength([1, 2, 3], 2));
    }

    [Fact]
    public void Reading_past_the_last_value_is_refused()
    {
        var buffer = new ByteArrayBuffer();
        buffer.Add("a"u8);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer[1].Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer[-1].Length);
    }
}
