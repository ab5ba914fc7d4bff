# Carets under a failing attribute access on a chain.
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
        self.value = 'v'
head = Node(Node())
print(head.next.value)
print(head.next.next.value)
