# Frame names for nested functions and methods of nested classes use the plain co_name.
class Outer:
    class Inner:
        def method(self):
            def helper():
                return {}['missing']
            return helper()
Outer.Inner().method()
