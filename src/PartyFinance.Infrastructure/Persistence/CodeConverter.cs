using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PartyFinance.Domain.Common;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// Stores an enum as the spelling its <see cref="CodeTable{T}"/> declares (the stable code, or the
/// C# name for the few columns written so before schema 8); a spelling the table does not know
/// is corrupt data and throws when read.
/// </summary>
public sealed class CodeConverter<T>() : ValueConverter<T, string>(v => StableCodes.Of<T>().Stored(v), s => StableCodes.Of<T>().FromStored(s))
    where T : struct, Enum;

/// <summary>Every enum of <see cref="StableCodes.All"/> is stored through its <see cref="CodeConverter{T}"/>, in every entity.</summary>
internal static class CodeConventions
{
    public static void Apply(ModelConfigurationBuilder b)
    {
        foreach (var table in StableCodes.All)
        {
            var converter = typeof(CodeConverter<>).MakeGenericType(table.EnumType);
            b.Properties(table.EnumType).HaveConversion(converter);
            b.Properties(typeof(Nullable<>).MakeGenericType(table.EnumType)).HaveConversion(converter);
        }
    }
}
