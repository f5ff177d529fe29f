using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lineage.Workbench.Storage.Conventions;

/// <summary>
/// Gives every column a snake_case name (<c>AssetKey</c> → <c>asset_key</c>) unless its configuration named it, and
/// every primary key the name <c>pk_{table}</c>.
/// </summary>
public static class SnakeCaseNames
{
    public static void Apply(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
                if (property.GetColumnName() == property.Name)
                    property.SetColumnName(Of(property.Name));
            entity.FindPrimaryKey()?.SetName($"pk_{entity.GetTableName()}");
        }
    }

    public static string Of(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }
        return snake.ToString();
    }
}
