namespace PartyFinance.Application.Demo;

/// <summary>
/// Vietnamese names for a generated province: commune and ward names built from common place-name
/// syllables, and people's names (surname, middle name, given name). Kept in the product rather than
/// taken from a fake-data library so a seed gives the same province whatever that library's data becomes.
/// </summary>
internal static class ProvinceNames
{
    private static readonly string[] PlaceFirst =
        ["Tân", "An", "Phú", "Bình", "Hòa", "Thạnh", "Long", "Đông", "Tây", "Nam", "Bắc", "Vĩnh", "Hưng", "Quang", "Minh", "Đại", "Trung", "Yên", "Thái", "Kim"];

    private static readonly string[] PlaceSecond =
        ["Phú", "Lợi", "Thành", "Hòa", "An", "Sơn", "Hà", "Lâm", "Tiến", "Thịnh", "Phong", "Khánh", "Lộc", "Xuân", "Mỹ", "Định", "Hải", "Bình", "Đức", "Nghĩa"];

    private static readonly string[] Surnames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Mai", "Lương"];

    private static readonly string[] Middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Kim", "Xuân", "Hồng"];

    private static readonly string[] Given =
    [
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga",
        "Phúc", "Quân", "Quyên", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến", "Thắng", "Lộc", "Nhung", "Oanh", "Phương", "Thủy", "Việt",
    ];

    /// <summary>The province's agencies (each once), before the communes and wards.</summary>
    public static readonly (string Code, string Name)[] Agencies =
    [
        ("BTC", "Ban Tổ chức Tỉnh ủy"), ("BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy"), ("BNC", "Ban Nội chính Tỉnh ủy"),
        ("UBKT", "Cơ quan Ủy ban Kiểm tra Tỉnh ủy"), ("BCSD", "Ban Chính sách, chiến lược Tỉnh ủy"),
    ];

    /// <summary><paramref name="count"/> distinct place names in an order drawn from <paramref name="random"/>.</summary>
    public static List<string> Places(Random random, int count)
    {
        var all = PlaceFirst.SelectMany(a => PlaceSecond.Where(b => b != a).Select(b => $"{a} {b}")).ToArray();
        random.Shuffle(all);
        var places = all.Take(count).ToList();
        for (var round = 2; places.Count < count; round++)
        {
            places.AddRange(all.Take(count - places.Count).Select(p => $"{p} {round}"));
        }

        return places;
    }

    public static string Person(Random random) =>
        $"{Surnames[random.Next(Surnames.Length)]} {Middle[random.Next(Middle.Length)]} {Given[random.Next(Given.Length)]}";
}
