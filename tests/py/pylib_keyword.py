# The keyword module (embedded Python source): lists and predicates.
import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"))
print(sorted(keyword.__all__))
print(keyword.__name__, type(keyword).__name__)
import sys
print("keyword" in sys.modules)
