async def ticker(n):
    return n + 1
