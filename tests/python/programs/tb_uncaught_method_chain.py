class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        return self.balance
def process(acct, amounts):
    results = []
    for a in amounts:
        results.append(acct.withdraw(a))
    return results
acct = Account(100)
print(process(acct, [10, 20]))
try:
    process(acct, [100])
except ValueError as e:
    raise RuntimeError("processing failed") from e
