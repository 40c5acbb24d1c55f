raise ValueError("<script>alert(document.cookie)</script>")
