class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
    def __str__(self):
        return f"{self.field}: {self.args[1]}"
def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "required")
validate({"name": "x"})
print("first ok")
validate({})
