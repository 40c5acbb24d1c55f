class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('amount must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f'{self.owner} has only {self._balance}')
        self._balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account({self.owner!r}, {self._balance})'
acc = Account('ann', 100)
acc.deposit(50)
for amt in [30, 500, -1]:
    try:
        if amt < 0:
            acc.deposit(amt)
        else:
            acc.withdraw(amt)
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(acc, acc.balance, acc.history, round(acc.balance * (1 + Account.interest), 2))
try:
    acc.balance = 5
except AttributeError as e:
    print(e)
