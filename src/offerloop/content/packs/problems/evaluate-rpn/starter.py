def eval_rpn(tokens):
    """Value of a postfix expression over integers with + - * and / truncating toward zero."""
    raise NotImplementedError
