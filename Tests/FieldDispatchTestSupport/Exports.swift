@_exported import FieldDispatch
@_exported import FieldDispatchIO
@_exported import FieldDispatchValidation
