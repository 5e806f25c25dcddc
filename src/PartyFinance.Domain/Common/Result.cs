namespace PartyFinance.Domain.Common;

/// <summary>Outcome of an operation that may be refused by a business rule. Impossible states throw instead.</summary>
public class Result
{
    private static readonly Result SuccessInstance = new([]);

    protected Result(IReadOnlyList<DomainError> errors) => Errors = errors;

    public IReadOnlyList<DomainError> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public bool IsFailure => !IsSuccess;

    public DomainError FirstError => IsFailure ? Errors[0] : throw new InvalidOperationException("A successful result has no error.");

    public static Result Success() => SuccessInstance;

    public static Result Failure(DomainError error) => new([error]);

    public static Result Failure(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new Result(errors);

    public static Result<T> Success<T>(T value) => Result<T>.Ok(value);

    public static Result<T> Failure<T>(DomainError error) => Result<T>.Fail([error]);

    public static Result<T> Failure<T>(IReadOnlyList<DomainError> errors) => Result<T>.Fail(errors);
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<DomainError> errors) : base(errors) => _value = value;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("A refused result has no value: " + FirstError.Code);

    internal static Result<T> Ok(T value) => new(value, []);

    internal static Result<T> Fail(IReadOnlyList<DomainError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new Result<T>(default, errors);

    public static implicit operator Result<T>(DomainError error) => Fail([error]);
}
