using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// A tool (công cụ, dụng cụ) of one unit's register: code, name, measure (cái, bộ …), the budget
/// line it is funded from, where it is kept and by whom, and its append-only history. Everything the
/// register shows — received, issued and in store, by quantity and value — is summed from that
/// history. An issue is valued at the store's average: in-store value × issued ÷ in store, rounded half
/// up to the đồng; issuing the last unit takes exactly what is left, so the store ends at 0 đ.
/// </summary>
public sealed class Tool
{
    private readonly List<ToolEvent> _events;

    private Tool(string code, string name, string unit, string measure, ToolLine line, string? location, IEnumerable<ToolEvent> events, int version)
    {
        (Code, Name, Unit, Measure, Line, Location, Version) = (code, name, unit, measure, line, location, version);
        _events = events.OrderBy(e => e.Seq).ToList();
        StoredEvents = _events.Count;
    }

    public string Code { get; }

    public string Name { get; }

    public string Unit { get; }

    public string Measure { get; }

    public ToolLine Line { get; }

    public string? Location { get; }

    /// <summary>Who holds the tool now: the custodian named by the latest receipt or issue that named one.</summary>
    public string? Custodian => _events.LastOrDefault(e => e.Custodian is not null && e.Kind != ToolEventKind.YearEnd)?.Custodian;

    public IReadOnlyList<ToolEvent> Events => _events;

    /// <summary>The version the store holds (0: not stored yet); a save refuses a copy read before another change.</summary>
    public int Version { get; private set; }

    public int StoredEvents { get; private set; }

    public IEnumerable<ToolEvent> NewEvents => _events.Skip(StoredEvents);

    public int ReceivedQuantity => Sum(e => e.Kind is ToolEventKind.Opening or ToolEventKind.Receipt or ToolEventKind.ReceiptReversed, e => e.Quantity);

    public long ReceivedValue => SumValue(e => e.Kind is ToolEventKind.Opening or ToolEventKind.Receipt or ToolEventKind.ReceiptReversed);

    public int IssuedQuantity => Sum(e => e.Kind == ToolEventKind.Issue, e => e.Quantity);

    public long IssuedValue => SumValue(e => e.Kind == ToolEventKind.Issue);

    public int InStoreQuantity => ReceivedQuantity - IssuedQuantity;

    public long InStoreValue => checked(ReceivedValue - IssuedValue);

    /// <summary>The average cost of one unit received (for display; the register keeps values, not unit costs).</summary>
    public long UnitCost => ToolRecognition.UnitCost(ReceivedValue, ReceivedQuantity);

    /// <summary>Value issued in <paramref name="year"/> and not yet recognised as revenue by a year-end entry.</summary>
    public long UnrecognisedIn(int year) =>
        checked(SumValue(e => e.Kind == ToolEventKind.Issue && e.Date.Year == year) - SumValue(e => e.Kind == ToolEventKind.YearEnd && e.Year == year));

    /// <summary>A new tool: taken over (<see cref="ToolEventKind.Opening"/>) or received into the store.</summary>
    public static Result<Tool> Open(string code, string name, string unit, string measure, ToolLine line, string? location, ToolEventKind kind,
        DateOnly date, int quantity, long value, string? custodian, string? reason, string by, DateTimeOffset at)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(ToolErrors.Error(ToolErrors.BadField, "Thiếu mã công cụ, dụng cụ.", "code"));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(ToolErrors.Error(ToolErrors.BadField, "Thiếu tên công cụ, dụng cụ.", "name"));
        }

        if (string.IsNullOrWhiteSpace(measure))
        {
            errors.Add(ToolErrors.Error(ToolErrors.BadField, "Thiếu đơn vị tính (cái, bộ, chiếc …).", "measure"));
        }

        if (kind is not (ToolEventKind.Opening or ToolEventKind.Receipt))
        {
            throw new ArgumentException($"A tool opens with a receipt or an opening, not {kind}.", nameof(kind));
        }

        errors.AddRange(CheckQuantityAndValue(quantity, value));
        if (errors.Count > 0)
        {
            return Result.Failure<Tool>(errors);
        }

        var tool = new Tool(code.Trim(), name.Trim(), unit, measure.Trim(), line, location, [], 0);
        tool._events.Add(new ToolEvent(1, kind, date, null, quantity, value, custodian, null, reason, by, at));
        return Result.Success(tool);
    }

    public static Tool Restore(string code, string name, string unit, string measure, ToolLine line, string? location, IEnumerable<ToolEvent> events, int version) =>
        new(code, name, unit, measure, line, location, events, version);

    /// <summary>More of the same tool received into the store: the same unit and budget line only (issues are expensed on the tool's line).</summary>
    public Result Receive(DateOnly date, string unit, ToolLine line, int quantity, long value, string? custodian, string? reason, string by, DateTimeOffset at)
    {
        if (unit != Unit || line != Line)
        {
            return Result.Failure(ToolErrors.Error(ToolErrors.OtherLine,
                $"Công cụ, dụng cụ {Code} thuộc {Unit}, dòng {Line}; không nhập thêm từ {unit}, dòng {line} được: dùng mã khác.", "code"));
        }

        var errors = CheckQuantityAndValue(quantity, value).Concat(CheckOrder(date)).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _events.Add(new ToolEvent(_events.Count + 1, ToolEventKind.Receipt, date, null, quantity, value, custodian, null, reason, by, at));
        return Result.Success();
    }

    /// <summary>Issues <paramref name="quantity"/> to use; answers the value issued (the store's average, the last unit taking what is left).</summary>
    public Result<long> Issue(DateOnly date, int quantity, string? custodian, string? reason, string by, DateTimeOffset at)
    {
        var errors = CheckOrder(date).ToList();
        if (quantity <= 0)
        {
            errors.Add(ToolErrors.Error(ToolErrors.BadField, "Số lượng xuất dùng phải dương.", "quantity"));
        }
        else if (quantity > InStoreQuantity)
        {
            errors.Add(ToolErrors.Error(ToolErrors.NotInStore,
                $"Công cụ, dụng cụ {Code} chỉ còn {N(InStoreQuantity)} {Measure} trong kho, không xuất được {N(quantity)} {Measure}.", "quantity"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<long>(errors);
        }

        var value = quantity == InStoreQuantity ? InStoreValue : ToolRecognition.Share(InStoreValue, quantity, InStoreQuantity);
        _events.Add(new ToolEvent(_events.Count + 1, ToolEventKind.Issue, date, null, quantity, value, custodian, null, reason, by, at));
        return Result.Success(value);
    }

    /// <summary>Recognises the value issued in <paramref name="year"/> and not yet recognised (0: nothing to do, no entry).</summary>
    public long CloseYear(int year, string by, DateTimeOffset at)
    {
        var value = UnrecognisedIn(year);
        if (value != 0)
        {
            _events.Add(new ToolEvent(_events.Count + 1, ToolEventKind.YearEnd, new DateOnly(year, 12, 31), year, 0, value, null, null,
                $"Kết chuyển giá trị công cụ, dụng cụ xuất dùng năm {year.ToString(CultureInfo.InvariantCulture)}", by, at));
        }

        return value;
    }

    /// <summary>
    /// The payment of the receipt posted with <paramref name="receiptVoucher"/> was reversed: allowed only while
    /// that receipt is the tool's latest entry (nothing issued or received since); the entry is taken back
    /// (negative quantity and value), the history keeping both.
    /// </summary>
    public Result ReverseReceipt(string receiptVoucher, DateOnly date, string voucher, string reason, string by, DateTimeOffset at)
    {
        var last = _events.LastOrDefault(e => e.Kind != ToolEventKind.YearEnd);
        if (last is not { Kind: ToolEventKind.Receipt } || last.Voucher != receiptVoucher || _events[^1] != last || date < last.Date)
        {
            return Result.Failure(ToolErrors.Error(ToolErrors.Touched,
                $"Công cụ, dụng cụ {Code} đã có nghiệp vụ sau lần nhập kho theo chứng từ {receiptVoucher} (xuất dùng, nhập thêm, kết chuyển) hoặc ngày đảo trước ngày nhập: không đảo chứng từ mua được (partyfinance tool show {Code}).", "number"));
        }

        _events.Add(new ToolEvent(_events.Count + 1, ToolEventKind.ReceiptReversed, date, null, -last.Quantity, -last.Value, null, voucher, reason, by, at));
        return Result.Success();
    }

    /// <summary>Names the voucher of every entry added since the tool was read.</summary>
    public void NameVoucher(string voucher)
    {
        for (var i = StoredEvents; i < _events.Count; i++)
        {
            _events[i] = _events[i] with { Voucher = voucher };
        }
    }

    /// <summary>Called by the store once the new entries are saved.</summary>
    public void Stored(int version)
    {
        Version = version;
        StoredEvents = _events.Count;
    }

    private static IEnumerable<DomainError> CheckQuantityAndValue(int quantity, long value)
    {
        if (quantity <= 0)
        {
            yield return ToolErrors.Error(ToolErrors.BadField, "Số lượng phải dương.", "quantity");
        }

        if (value <= 0)
        {
            yield return ToolErrors.Error(ToolErrors.BadField, "Giá trị phải dương (đồng).", "amount");
        }
    }

    // The store's quantities are read in date order: an entry may not go before the latest receipt or issue.
    private IEnumerable<DomainError> CheckOrder(DateOnly date)
    {
        var last = _events.Where(e => e.Kind != ToolEventKind.YearEnd).Select(e => e.Date).DefaultIfEmpty(DateOnly.MinValue).Max();
        if (date < last)
        {
            yield return ToolErrors.Error(ToolErrors.OutOfOrder,
                $"Ngày {VietnameseFormat.Date(date)} trước lần nhập, xuất gần nhất của công cụ, dụng cụ {Code} ({VietnameseFormat.Date(last)}).", "date");
        }
    }

    private int Sum(Func<ToolEvent, bool> which, Func<ToolEvent, int> what) => checked(_events.Where(which).Sum(what));

    private long SumValue(Func<ToolEvent, bool> which) => checked(_events.Where(which).Sum(e => e.Value));

    private static string N(int n) => n.ToString("#,##0", VietnameseFormat.Culture);
}
