async def main():
    async with lock as l, other:
        async for x in aiter():
            await x
    return [y async for y in z]
