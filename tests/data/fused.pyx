ctypedef fused number:
    int
    double

def twice(number x):
    return x * 2
