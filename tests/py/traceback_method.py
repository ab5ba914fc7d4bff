# Exception inside a method: frame names are the bare function names.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f'insufficient funds: {self.balance} < {amount}')
        self.balance -= amount
acct = Account(10)
acct.withdraw(3)
print(acct.balance)
acct.withdraw(100)
