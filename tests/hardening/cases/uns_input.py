name = input("name? ")
print(name)
