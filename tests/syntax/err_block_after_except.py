try:
    risky()
except Exception:
handle()
